package fr.assises.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's root directory (set by the pom; found from the working directory otherwise). */
final class Repo {

    private Repo() {}

    static Path root() {
        String set = System.getProperty("assises.repo");
        Path p = (set != null ? Path.of(set) : Path.of("")).toAbsolutePath().normalize();
        while (p != null && !Files.isDirectory(p.resolve("deploy/k8s"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("repository root not found (no deploy/k8s above)");
        return p;
    }
}
