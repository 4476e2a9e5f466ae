package dev.berth.core.docs;

/** Every plain Java example in the README ({@code ```java}, core's class path) compiles and runs. */
class ReadmeExamplesTest extends ReadmeExamples {

    ReadmeExamplesTest() {
        super("```java");
    }
}
