package com.acme;

import dev.berth.core.Manifest;
import dev.berth.dsl.Application;
import dev.berth.dsl.Berth;

/** A tiny application described with Berth's DSL: one stateless web service. */
public class Shop {

    private final Application application = Berth.application("shop")
            .add(Berth.statelessService("web").image("ghcr.io/acme/web:1.0.0"))
            .build();

    /** @return the application's name, which names the rendered folder */
    public String name() {
        return application.name();
    }

    /** @return the application's objects */
    public Manifest manifest() {
        return application.manifest();
    }
}
