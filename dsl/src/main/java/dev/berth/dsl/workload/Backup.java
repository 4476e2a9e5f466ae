package dev.berth.dsl.workload;

import dev.berth.core.text.Patterns;
import dev.berth.dsl.config.SecretRef;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Objects;
import java.util.Optional;

/**
 * A scheduled backup of a datastore: a CronJob that dumps it with the datastore preset's backup command, to a claim
 * or to object storage (S3 API, credentials from a Secret's {@code access-key-id} and {@code secret-access-key}
 * keys). Each dump is named by its time ({@code 20250101T030000.pgdump}); with {@link #keepLast(int)} the job
 * deletes all but the newest dumps after each run.
 *
 * <pre>{@code
 * db.backup(Backup.toClaim("0 3 * * *", Quantities.gi(50)).keepLast(7));
 * db.backup(Backup.toObjectStorage("0 3 * * *", "s3://acme-backups/shop-db", Secrets.existing("s3-backup")));
 * }</pre>
 *
 * @param schedule the cron schedule
 * @param claimSize the size of the backup claim, when backing up to a claim
 * @param objectStorageUrl the {@code s3://} URL, when backing up to object storage
 * @param objectStorageCredentials the Secret with the object storage keys
 * @param uploaderImage the image that uploads to object storage
 * @param keepLast how many of the newest dumps to keep, or 0 to keep every dump
 */
public record Backup(String schedule, Optional<Quantity> claimSize, Optional<String> objectStorageUrl,
        Optional<SecretRef> objectStorageCredentials, String uploaderImage, int keepLast) {

    /** The image that uploads dumps to object storage, unless another is given. */
    public static final String AWS_CLI = "amazon/aws-cli:2.17.50";

    /**
     * Checks the target is exactly one of a claim and object storage.
     *
     * @param schedule the schedule
     * @param claimSize the claim size
     * @param objectStorageUrl the URL
     * @param objectStorageCredentials the credentials
     * @param uploaderImage the uploader image
     * @param keepLast the dumps to keep, 0 for all
     * @throws IllegalArgumentException naming the value when keepLast is negative
     */
    public Backup {
        Objects.requireNonNull(schedule, "schedule");
        if (Patterns.WHITESPACE.split(schedule.trim()).length != 5 && !schedule.startsWith("@")) {
            throw new IllegalArgumentException("backup schedule must have 5 cron fields, was \"" + schedule + "\"");
        }
        if (claimSize.isPresent() == objectStorageUrl.isPresent()) {
            throw new IllegalArgumentException("a backup goes to a claim or to object storage, was "
                    + (claimSize.isPresent() ? "both" : "neither"));
        }
        if (keepLast < 0) {
            throw new IllegalArgumentException("keepLast of a backup must be >= 1, was " + keepLast);
        }
    }

    /**
     * A backup that keeps every dump.
     *
     * <pre>{@code
     * new Backup("0 3 * * *", Optional.of(Quantities.gi(50)), Optional.empty(), Optional.empty(), Backup.AWS_CLI);
     * }</pre>
     *
     * @param schedule the schedule
     * @param claimSize the claim size
     * @param objectStorageUrl the URL
     * @param objectStorageCredentials the credentials
     * @param uploaderImage the uploader image
     */
    public Backup(String schedule, Optional<Quantity> claimSize, Optional<String> objectStorageUrl,
            Optional<SecretRef> objectStorageCredentials, String uploaderImage) {
        this(schedule, claimSize, objectStorageUrl, objectStorageCredentials, uploaderImage, 0);
    }

    /**
     * A copy that keeps only the newest dumps: after each dump (and upload), the job deletes the older ones, in the
     * claim or under the object storage URL. Only files named like the job's dumps (a {@code YYYYMMDDTHHMMSS} time
     * first) are counted and deleted. Default: every dump is kept.
     *
     * <pre>{@code
     * Backup.toClaim("0 3 * * *", Quantities.gi(100)).keepLast(7); // a week of nightly dumps
     * }</pre>
     *
     * @param count 1 or more
     * @return the copy
     * @throws IllegalArgumentException naming the value when it is below 1
     */
    public Backup keepLast(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("keepLast of a backup must be >= 1, was " + count);
        }
        return new Backup(schedule, claimSize, objectStorageUrl, objectStorageCredentials, uploaderImage, count);
    }

    /**
     * The shell lines that delete all but the newest {@link #keepLast()} dumps, given the lines that list the dumps'
     * names (one a line) and the command that deletes one ({@code "$f"} is the name); empty when every dump is kept.
     */
    String prune(String list, String delete) {
        if (keepLast == 0) {
            return "";
        }
        return " && " + list + " | grep '^[0-9]\\{8\\}T[0-9]\\{6\\}' | sort -r | tail -n +" + (keepLast + 1)
                + " | while read -r f; do " + delete + "; done";
    }

    /**
     * Backs up to a claim named {@code <datastore>-backups}.
     *
     * @param schedule the cron schedule, such as {@code 0 3 * * *}
     * @param size the claim's size
     * @return the backup
     */
    public static Backup toClaim(String schedule, Quantity size) {
        return new Backup(schedule, Optional.of(Objects.requireNonNull(size, "backup claim size")), Optional.empty(),
                Optional.empty(), AWS_CLI);
    }

    /**
     * Backs up to object storage: the dump is written to a scratch volume, then uploaded.
     *
     * @param schedule the cron schedule
     * @param url an {@code s3://bucket/prefix} URL
     * @param credentials the Secret with {@code access-key-id} and {@code secret-access-key}
     * @return the backup
     */
    public static Backup toObjectStorage(String schedule, String url, SecretRef credentials) {
        if (url == null || !url.startsWith("s3://")) {
            throw new IllegalArgumentException("object storage URL must start with s3://, was " + url);
        }
        return new Backup(schedule, Optional.empty(), Optional.of(url), Optional.of(credentials), AWS_CLI);
    }
}
