package org.collabacademy.course.content;

/** Sizes beyond which a file is refused, so that a hostile or broken folder cannot exhaust memory. */
final class ContentLimits {

    static final int MANIFEST_BYTES = 64 * 1024;
    static final int PAGE_BYTES = 512 * 1024;
    static final int FILE_BYTES = 5 * 1024 * 1024;
    static final long COURSE_BYTES = 200L * 1024 * 1024;
    static final int FILES_PER_COURSE = 5_000;
    static final int PAGES_PER_MODULE = 500;

    private ContentLimits() {
    }

    static String kilobytes(long bytes) {
        return (bytes / 1024) + " KB";
    }
}
