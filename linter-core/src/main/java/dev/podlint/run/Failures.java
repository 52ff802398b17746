package dev.podlint.run;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** How an exception is worded in a notification. */
final class Failures {

    private Failures() {}

    static String describe(Throwable e) {
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof StackOverflowError) {
            return "nested too deeply to check (stack overflow)";
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory";
        }
        return message == null ? type : type + ": " + message;
    }
}
