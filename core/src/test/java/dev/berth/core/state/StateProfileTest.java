package dev.berth.core.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.berth.core.state.StateProfile.Data;
import dev.berth.core.state.StateProfile.Disk;
import dev.berth.core.state.StateProfile.State;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StateProfileTest {

    @Test
    void named_factories_answer_the_three_questions_as_documented() {
        // GIVEN the named profiles
        // WHEN their answers are read
        // THEN each matches its domain example
        assertThat(StateProfile.stateless()).isEqualTo(StateProfile.of(State.STATELESS, Disk.NONE, Data.NONE));
        assertThat(StateProfile.staticContent())
                .isEqualTo(StateProfile.of(State.STATELESS, Disk.READ_ONLY, Data.EXTERNAL));
        assertThat(StateProfile.scratchSpace())
                .isEqualTo(StateProfile.of(State.STATELESS, Disk.READ_WRITE, Data.NONE));
        assertThat(StateProfile.sharedFiles())
                .isEqualTo(StateProfile.of(State.STATELESS, Disk.READ_WRITE, Data.AUTHORITATIVE));
        assertThat(StateProfile.inMemoryState()).isEqualTo(StateProfile.of(State.STATEFUL, Disk.NONE, Data.NONE));
        assertThat(StateProfile.cache()).isEqualTo(StateProfile.of(State.STATEFUL, Disk.NONE, Data.EXTERNAL));
        assertThat(StateProfile.diskCache())
                .isEqualTo(StateProfile.of(State.STATEFUL, Disk.READ_WRITE, Data.EXTERNAL));
        assertThat(StateProfile.datastore())
                .isEqualTo(StateProfile.of(State.STATEFUL, Disk.READ_WRITE, Data.AUTHORITATIVE));
    }

    @ParameterizedTest(name = "authoritative data with disk {0} is rejected")
    @EnumSource(value = Disk.class, names = {"NONE", "READ_ONLY"})
    void authoritative_data_without_a_writable_disk_is_impossible(Disk disk) {
        // GIVEN authoritative data on a disk that cannot be written
        // WHEN the profile is built, for either state
        // THEN it is rejected, naming both values
        for (State state : State.values()) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> StateProfile.of(state, disk, Data.AUTHORITATIVE))
                    .withMessage("data AUTHORITATIVE needs disk READ_WRITE, was " + disk);
        }
    }

    @Test
    void read_only_disk_without_data_is_impossible() {
        // GIVEN a read-only disk whose content nobody put there
        // WHEN the profile is built, for either state
        // THEN it is rejected, naming both values
        for (State state : State.values()) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> StateProfile.of(state, Disk.READ_ONLY, Data.NONE))
                    .withMessage("disk READ_ONLY needs data EXTERNAL, was NONE");
        }
    }

    @Test
    void exactly_the_documented_combinations_are_rejected() {
        // GIVEN all 18 combinations of the three answers
        List<String> rejected = new ArrayList<>();
        for (State state : State.values()) {
            for (Disk disk : Disk.values()) {
                for (Data data : Data.values()) {
                    // WHEN each is built
                    try {
                        StateProfile.of(state, disk, data);
                    } catch (IllegalArgumentException expected) {
                        rejected.add(state + "/" + disk + "/" + data);
                    }
                }
            }
        }
        // THEN only authoritative data without a writable disk, and a read-only disk without data, are rejected
        assertThat(rejected).containsExactlyInAnyOrder(
                "STATELESS/NONE/AUTHORITATIVE", "STATELESS/READ_ONLY/NONE", "STATELESS/READ_ONLY/AUTHORITATIVE",
                "STATEFUL/NONE/AUTHORITATIVE", "STATEFUL/READ_ONLY/NONE", "STATEFUL/READ_ONLY/AUTHORITATIVE");
    }

    @Test
    void a_missing_answer_is_rejected_by_name() {
        // GIVEN a profile without a disk answer
        // WHEN it is built
        // THEN the missing part is named
        assertThatNullPointerException()
                .isThrownBy(() -> new StateProfile(State.STATEFUL, null, Data.NONE))
                .withMessage("disk");
    }

    @Test
    void a_datastore_needs_persistent_storage_stable_identity_and_a_stateful_set() {
        // GIVEN a datastore
        StateProfile profile = StateProfile.datastore();
        // WHEN its derived answers are read
        // THEN it needs everything a StatefulSet gives
        assertThat(profile.needsPersistentStorage()).isTrue();
        assertThat(profile.needsStableIdentity()).isTrue();
        assertThat(profile.prefersStatefulSet()).isTrue();
        assertThat(profile.nodeLocalStorageIsEnough()).isFalse();
    }

    @Test
    void an_upload_service_needs_persistent_storage_but_no_stateful_set() {
        // GIVEN a stateless upload service that is the source of truth for its files
        StateProfile profile = StateProfile.sharedFiles();
        // WHEN its derived answers are read
        // THEN its data must persist, but its replicas are interchangeable
        assertThat(profile.needsPersistentStorage()).isTrue();
        assertThat(profile.needsStableIdentity()).isFalse();
        assertThat(profile.prefersStatefulSet()).isFalse();
        assertThat(profile.nodeLocalStorageIsEnough()).isFalse();
    }

    @Test
    void static_content_and_scratch_space_are_served_by_node_local_storage() {
        // GIVEN stateless applications with a disk whose content can be rebuilt
        for (StateProfile profile : List.of(StateProfile.staticContent(), StateProfile.scratchSpace())) {
            // WHEN their derived answers are read
            // THEN node-local storage is enough and nothing needs to persist
            assertThat(profile.nodeLocalStorageIsEnough()).as("%s", profile).isTrue();
            assertThat(profile.needsPersistentStorage()).as("%s", profile).isFalse();
            assertThat(profile.prefersStatefulSet()).as("%s", profile).isFalse();
        }
    }

    @Test
    void a_disk_cache_prefers_a_stateful_set_with_node_local_storage() {
        // GIVEN a search index rebuilt from a database, kept on each replica's disk
        StateProfile profile = StateProfile.diskCache();
        // WHEN its derived answers are read
        // THEN each replica keeps its name and disk, but losing the disk costs only a rebuild
        assertThat(profile.needsStableIdentity()).isTrue();
        assertThat(profile.prefersStatefulSet()).isTrue();
        assertThat(profile.nodeLocalStorageIsEnough()).isTrue();
        assertThat(profile.needsPersistentStorage()).isFalse();
    }

    @Test
    void state_kept_only_in_memory_needs_neither_storage_nor_stable_identity() {
        // GIVEN stateful applications without a disk: a basket in memory, an in-memory cache
        for (StateProfile profile : List.of(StateProfile.inMemoryState(), StateProfile.cache())) {
            // WHEN their derived answers are read
            // THEN there is nothing to store and nothing a new name would lose
            assertThat(profile.needsStableIdentity()).as("%s", profile).isFalse();
            assertThat(profile.prefersStatefulSet()).as("%s", profile).isFalse();
            assertThat(profile.needsPersistentStorage()).as("%s", profile).isFalse();
            assertThat(profile.nodeLocalStorageIsEnough()).as("%s", profile).isFalse();
        }
    }

    @Test
    void a_stateless_service_needs_nothing() {
        // GIVEN a geo-coordinate converter
        StateProfile profile = StateProfile.stateless();
        // WHEN its derived answers are read
        // THEN all are false
        assertThat(List.of(profile.needsStableIdentity(), profile.needsPersistentStorage(),
                profile.nodeLocalStorageIsEnough(), profile.prefersStatefulSet())).containsOnly(false);
    }

    @Test
    void a_stateful_process_with_only_a_scratch_disk_needs_no_stable_identity() {
        // GIVEN a stateful process that writes temporary files but holds no data
        StateProfile profile = StateProfile.of(State.STATEFUL, Disk.READ_WRITE, Data.NONE);
        // WHEN its identity need is read
        // THEN it has none: the disk holds nothing worth following the replica
        assertThat(profile.needsStableIdentity()).isFalse();
        assertThat(profile.nodeLocalStorageIsEnough()).isTrue();
    }

    @Test
    void a_profile_written_as_an_annotation_reads_back_as_the_same_profile() {
        // GIVEN the in-memory basket's profile WHEN written as the annotation's value and read back
        String value = StateProfile.inMemoryState().annotationValue();
        // THEN the value names the three answers, and reads back as the same profile
        assertThat(value).isEqualTo("STATEFUL/NONE/NONE");
        assertThat(StateProfile.fromAnnotation(value)).contains(StateProfile.inMemoryState());
    }

    @Test
    void an_annotation_that_is_not_a_possible_profile_reads_as_none() {
        assertThat(List.of(StateProfile.fromAnnotation("stateful"), StateProfile.fromAnnotation("STATEFUL/NONE"),
                StateProfile.fromAnnotation("STATELESS/READ_ONLY/NONE"), StateProfile.fromAnnotation(null)))
                .allSatisfy(p -> assertThat(p).isEmpty());
    }
}
