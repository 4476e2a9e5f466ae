package dev.berth.core.values;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelectorBuilder;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Each parser's values and exact problems, and a fuzz run showing none of them throws. */
class ValueParsersTest {

    @Test
    void quantities_read_exactly_and_compare_by_amount() {
        // GIVEN quantities in every suffix family WHEN read THEN the amounts are exact
        assertThat(Quantities.parse("1Ti").value()).contains(Quantities.parse("1024Gi").orElse(null));
        assertThat(Quantities.parse("1.5Gi").value()).contains(new BigDecimal("1610612736"));
        assertThat(Quantities.parse("100m").value()).contains(new BigDecimal("0.1"));
        assertThat(Quantities.parse("2e3").value()).contains(new BigDecimal("2000"));
        assertThat(Quantities.parse("1E").value()).contains(new BigDecimal("1000000000000000000"));
        assertThat(Quantities.parse("-1Gi").value()).contains(new BigDecimal("-1073741824"));
        assertThat(Quantities.parse("1n").value()).contains(new BigDecimal("1e-9"));
        assertThat(Quantities.parse("1e-30").value()).contains(new BigDecimal("1e-9"));
        assertThat(Quantities.parse("1e999999999999").value()).contains(BigDecimal.valueOf(Long.MAX_VALUE));
        assertThat(Quantities.parse("1Gi").orElse(null)).isLessThan(Quantities.parse("1.1G").orElse(null));
    }

    @Test
    void a_quantity_that_does_not_parse_says_why_and_names_a_placeholder() {
        assertThat(Quantities.parse("FILESTORE_CAPACITY").problem()).contains("FILESTORE_CAPACITY is not a quantity; "
                + "it looks like a placeholder: render this file first (helm, kustomize, envsubst) or exclude it");
        assertThat(Quantities.parse("${SIZE}").problem()).contains("${SIZE} is not a quantity; it looks like a "
                + "placeholder: render this file first (helm, kustomize, envsubst) or exclude it");
        assertThat(Quantities.parse("1.5.Gi").problem()).contains("1.5.Gi is not a quantity (expected a number with "
                + "an optional suffix, such as 500m, 1Gi or 2e3)");
        assertThat(Quantities.parse("1 Gi").problem()).contains("\"1 Gi\" is not a quantity (expected a number with "
                + "an optional suffix, such as 500m, 1Gi or 2e3)");
        assertThat(Quantities.parse("").problem()).contains("an empty value is not a quantity (expected a number "
                + "with an optional suffix, such as 500m, 1Gi or 2e3)");
    }

    @Test
    void durations_read_in_go_form() {
        assertThat(Durations.parse("1h30m").value()).contains(Duration.ofMinutes(90));
        assertThat(Durations.parse("1.5s").value()).contains(Duration.ofMillis(1500));
        assertThat(Durations.parse("-2m").value()).contains(Duration.ofMinutes(-2));
        assertThat(Durations.parse("0").value()).contains(Duration.ZERO);
        assertThat(Durations.parse("300\u00b5s").value()).contains(Duration.ofNanos(300_000));
        assertThat(Durations.parse("5 min").problem()).contains("\"5 min\" is not a duration (expected numbers with "
                + "units ns, us, ms, s, m or h, such as 90s or 1h30m)");
        assertThat(Durations.parse("10").problem()).contains("10 is not a duration (expected numbers with units ns, "
                + "us, ms, s, m or h, such as 90s or 1h30m)");
        assertThat(Durations.parse("3000000h").problem()).contains("3000000h is not a duration (it is longer than "
                + "the 2562047h47m16s Kubernetes can hold)");
    }

    @Test
    void ports_are_numbers_from_1_to_65535_or_iana_names() {
        assertThat(Ports.number(8080).value()).contains(8080);
        assertThat(Ports.number(70000).problem()).contains("70000 is not a port (expected a number from 1 to 65535)");
        assertThat(Ports.numberOrName(new IntOrString("http-alt")).isValid()).isTrue();
        assertThat(Ports.numberOrName(new IntOrString("8080")).problem()).contains("\"8080\" is a quoted number, "
                + "which the API server reads as a port name, and a name needs a letter (write the number without "
                + "quotes)");
        assertThat(Ports.numberOrName(new IntOrString("Web_Port")).problem()).contains("Web_Port is not a port "
                + "(expected a number from 1 to 65535 or a name of at most 15 lowercase letters, digits and single "
                + "hyphens, with at least one letter)");
        assertThat(Ports.numberOrName(new IntOrString("{{ .Values.port }}")).problem()).contains("\"{{ .Values.port "
                + "}}\" is not a port; it looks like a placeholder: render this file first (helm, kustomize, "
                + "envsubst) or exclude it");
    }

    @Test
    void a_port_name_is_an_iana_service_name_and_the_message_names_what_breaks_it() {
        // GIVEN container port names as people write them, WHEN read, THEN each problem names its cause exactly
        String expected = " (expected an IANA service name: at most 15 lowercase letters, digits and single hyphens, "
                + "with at least one letter and no hyphen at either end)";
        assertThat(Ports.name("http-metrics").value()).contains("http-metrics");
        assertThat(Ports.name("a23456789012345").isValid()).isTrue();
        assertThat(Ports.name("a234567890123456").problem()).contains("a234567890123456 is not a port name: it has 16 "
                + "characters, more than 15" + expected);
        assertThat(Ports.name("Http").problem()).contains("Http is not a port name: the upper-case letter 'H' is not "
                + "allowed" + expected);
        assertThat(Ports.name("web_port").problem()).contains("web_port is not a port name: '_' is not allowed"
                + expected);
        assertThat(Ports.name("-http").problem()).contains("-http is not a port name: it starts or ends with '-'"
                + expected);
        assertThat(Ports.name("8080").problem()).contains("8080 is not a port name: it has no letter" + expected);
        assertThat(Ports.name("${PORT_NAME}").problem()).contains("${PORT_NAME} is not a port name; it looks like a "
                + "placeholder: render this file first (helm, kustomize, envsubst) or exclude it");
        assertThat(Ports.name(null).problem()).contains("no port name is written");
    }

    @Test
    void cron_schedules_follow_the_cronjob_controller() {
        for (String valid : List.of("*/5 * * * *", "0 3 * * MON-FRI", "0 0 1 jan,jul *", "@hourly",
                "@every 1h30m", "CRON_TZ=Europe/Paris 0 3 * * *", "TZ=UTC @daily", "0 0 ? * 0", "5/15 * * * *")) {
            assertThat(CronSchedules.parse(valid).isValid()).as(valid).isTrue();
        }
        assertThat(CronSchedules.parse("0 0 * * 7").problem()).contains("\"0 0 * * 7\" is not a cron schedule: day "
                + "of week 7 is above the maximum 6");
        assertThat(CronSchedules.parse("0 0 * *").problem()).contains("\"0 0 * *\" is not a cron schedule: expected "
                + "exactly 5 fields (minute hour day-of-month month day-of-week), found 4");
        assertThat(CronSchedules.parse("60 * * * *").problem()).contains("\"60 * * * *\" is not a cron schedule: "
                + "minute 60 is above the maximum 59");
        assertThat(CronSchedules.parse("*/0 * * * *").problem()).contains("\"*/0 * * * *\" is not a cron schedule: "
                + "minute step 0 is not a positive number");
        assertThat(CronSchedules.parse("0 0 * FOO *").problem()).contains("\"0 0 * FOO *\" is not a cron schedule: "
                + "month FOO is not a number or month name");
        assertThat(CronSchedules.parse("@fortnightly").problem()).contains("@fortnightly is not a cron schedule: "
                + "unknown macro (expected @yearly, @monthly, @weekly, @daily, @hourly or @every with a duration)");
        assertThat(CronSchedules.parse("TZ=Mars/Olympus 0 0 * * *").problem()).contains("\"TZ=Mars/Olympus 0 0 * * *"
                + "\" is not a cron schedule: unknown time zone Mars/Olympus");
        assertThat(CronSchedules.parse("BACKUP_SCHEDULE").problem()).contains("BACKUP_SCHEDULE is not a cron "
                + "schedule; it looks like a placeholder: render this file first (helm, kustomize, envsubst) or "
                + "exclude it");
    }

    @Test
    void base64_follows_the_api_server_and_never_shows_the_value() {
        assertThat(Base64Data.decodedLength("cGFzc3dvcmQ=").value()).contains(8);
        assertThat(Base64Data.decodedLength("cGFz\nc3dv").value()).contains(6);
        assertThat(Base64Data.decodedLength("hunter2!").problem()).contains("is not valid base64: character 8 is "
                + "outside the base64 alphabet (A-Z, a-z, 0-9, +, /)");
        assertThat(Base64Data.decodedLength("cGFzc3dvcmQ").problem()).contains("is not valid base64: its length "
                + "without line breaks, 11, is not a multiple of 4 (pad the end with =)");
        assertThat(Base64Data.decodedLength("cG==Fz").problem()).contains("is not valid base64: character 5 comes "
                + "after the = padding, which may only end the value");
        assertThat(Base64Data.decodedLength("hunter2!").problem().orElseThrow()).doesNotContain("hunter");
    }

    @Test
    void counts_percents_images_and_selectors_read_or_say_why() {
        assertThat(CountsOrPercents.parse(new IntOrString("25%")).value())
                .contains(new CountsOrPercents.Amount(25, true));
        assertThat(CountsOrPercents.parse(new IntOrString("99999999999%")).value())
                .contains(new CountsOrPercents.Amount(99999999999L, true));
        assertThat(CountsOrPercents.parse(new IntOrString("half")).problem()).contains("half is not a count or "
                + "percentage (expected a whole number such as 1, or a percentage such as 25%)");
        assertThat(Images.parse("nginx:1.27").value().orElseThrow().isPinned()).isTrue();
        assertThat(Images.parse("Nginx").problem().orElseThrow()).startsWith("image reference \"Nginx\" is invalid");
        assertThat(LabelSelectors.parse(new LabelSelectorBuilder().addNewMatchExpression().withKey("tier")
                .withOperator("In").endMatchExpression().build()).problem())
                .contains("matchExpressions[0].values: operator In needs at least one value");
        assertThat(LabelSelectors.parse(new LabelSelectorBuilder().addNewMatchExpression().withKey("tier")
                .withOperator("Equals").withValues("a").endMatchExpression().build()).problem())
                .contains("matchExpressions[0].operator: Equals is not an operator (expected In, NotIn, Exists or "
                        + "DoesNotExist)");
    }

    @Test
    void no_parser_throws_on_random_or_adversarial_text() {
        // GIVEN random strings over each grammar's alphabet and hostile ones
        Random random = new Random(17);
        String alphabet = "0123456789.+-eEinumkKMGTPh s/*?,@=:_{}$<>ÂµÎ¼\n\r=AZaz%";
        List<String> inputs = new ArrayList<>(List.of("", "-", "+", ".", "e", "E", "1e", "1e+", "1e-", "@every ",
                "TZ=", "CRON_TZ=x", "TZ=UTC", "*/", "-/-", "1-2-3", "1//2", "9".repeat(10_000),
                "1e" + "9".repeat(400), "1." + "0".repeat(100_000), "9".repeat(40) + "h", ".".repeat(1000),
                "%", "99999999999999999999%", "=", "====", "a".repeat(100_000), "{{", "${", "<>"));
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(24);
            for (int j = 0; j < length; j++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            inputs.add(text.toString());
        }
        List<Function<String, Parsed<?>>> parsers = List.of(Quantities::parse, Durations::parse,
                CronSchedules::parse, Base64Data::decodedLength, Images::parse,
                text -> Ports.numberOrName(new IntOrString(text)), Ports::name,
                text -> CountsOrPercents.parse(new IntOrString(text)));
        // WHEN every parser reads every input THEN each gives a value or a problem, and never throws
        for (String input : inputs) {
            for (Function<String, Parsed<?>> parser : parsers) {
                Parsed<?> parsed = parser.apply(input);
                assertThat(parsed.isValid() ^ parsed.problem().isPresent()).isTrue();
            }
        }
    }
}
