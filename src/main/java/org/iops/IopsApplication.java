package org.iops;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The IOPS platform: one deployable, a modular monolith whose modules are the direct sub-packages of
 * {@code org.iops}.
 */
@SpringBootApplication
@EnableScheduling
public class IopsApplication {

    public static void main(String[] args) {
        SpringApplication.run(IopsApplication.class, args);
    }
}
