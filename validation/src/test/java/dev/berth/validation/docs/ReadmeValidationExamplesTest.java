package dev.berth.validation.docs;

import dev.berth.core.docs.ReadmeExamples;

/** Every validation example in the README ({@code ```java validation} fences) compiles and runs. */
class ReadmeValidationExamplesTest extends ReadmeExamples {

    ReadmeValidationExamplesTest() {
        super("```java validation");
    }
}
