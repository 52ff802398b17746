package dev.podlint.source;

/**
 * A region of a source file. Lines and columns are 1-based; the end is exclusive, as in SARIF
 * (the column just after the last character).
 */
public record Span(int line, int column, int endLine, int endColumn) {

    /** The very beginning of a file, for problems that concern the whole file. */
    public static final Span FILE_START = new Span(1, 1, 1, 1);

    public Span {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
        }
        if (endLine < line || (endLine == line && endColumn < column)) {
            endLine = line;
            endColumn = column;
        }
    }

    public static Span point(int line, int column) {
        return new Span(line, column, line, column);
    }

    /** The first position only, for a finding about a mapping that lacks a field. */
    public Span start() {
        return point(line, column);
    }

    public boolean contains(int otherLine, int otherColumn) {
        boolean afterStart = otherLine > line || (otherLine == line && otherColumn >= column);
        boolean beforeEnd = otherLine < endLine || (otherLine == endLine && otherColumn < endColumn);
        return afterStart && beforeEnd;
    }

    @Override
    public String toString() {
        return line + ":" + column + "-" + endLine + ":" + endColumn;
    }
}
