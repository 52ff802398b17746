package dev.podlint.finding;

/**
 * Why a finding is silenced: it is still reported (SARIF lists it with a suppression), but does
 * not count towards the exit code.
 *
 * @param kind          "inSource" for an annotation on the object, "external" for a baseline
 * @param justification the reason the user gave, or ""
 */
public record Suppression(String kind, String justification) {}
