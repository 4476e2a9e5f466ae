package dev.berth.charts.docs;

import dev.berth.core.docs.ReadmeExamples;

/** Every charts example in the README ({@code ```java charts} fences) compiles and runs. */
class ReadmeChartsExamplesTest extends ReadmeExamples {

    ReadmeChartsExamplesTest() {
        super("```java charts");
    }
}
