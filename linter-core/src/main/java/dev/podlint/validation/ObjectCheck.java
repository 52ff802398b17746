package dev.podlint.validation;

/** One rule's part of the API validation, run on each object through {@link ApiValidationCheck}. */
interface ObjectCheck {

    void check(Target target);
}
