package dev.podlint.report;

import java.io.IOException;
import java.io.Writer;

/** Renders a report in one output format. */
public interface Reporter {

    void write(Report report, Writer out) throws IOException;
}
