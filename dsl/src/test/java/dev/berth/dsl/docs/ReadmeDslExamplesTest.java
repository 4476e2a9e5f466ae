package dev.berth.dsl.docs;

import dev.berth.core.docs.ReadmeExamples;

/** Every DSL example in the README ({@code ```java dsl} fences) compiles against the DSL and runs. */
class ReadmeDslExamplesTest extends ReadmeExamples {

    ReadmeDslExamplesTest() {
        super("```java dsl");
    }
}
