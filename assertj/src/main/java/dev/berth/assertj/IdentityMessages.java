package dev.berth.assertj;

import dev.berth.core.ObjectRef;

/** The failure messages of the ServiceAccount assertions: one small factory each. */
final class IdentityMessages {

    private IdentityMessages() {
    }

    static String shouldBeAllowed(ObjectRef account, String verb, String resource, String found) {
        return "Expecting " + account + " to be allowed to " + verb + " " + resource + ", but found " + found;
    }

    static String roleShouldNotAllow(ObjectRef role, int rule, String verb, String resource, String found) {
        return "Expecting " + role + " at rules[" + rule + "] not to allow " + verb + " " + resource
                + ", but found " + found;
    }

    static String shouldNotBeAllowed(ObjectRef account, String verb, String resource, String found) {
        return "Expecting " + account + " not to be allowed to " + verb + " " + resource + ", but " + found;
    }
}
