package org.collabacademy.course.content;

/** A value from a manifest with the line it was written on. */
record Located<T>(T value, int line) {
}
