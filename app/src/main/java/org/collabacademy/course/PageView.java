package org.collabacademy.course;

import java.util.Set;
import org.collabacademy.base.Language;
import org.collabacademy.course.CourseOutline.ModuleOutline;
import org.collabacademy.course.CourseOutline.PageAddress;
import org.collabacademy.course.CourseOutline.PageOutline;
import org.jspecify.annotations.Nullable;

/**
 * One page as the reader shows it: its text in the reader's language or, when that translation is
 * missing, in the course's default language ({@code fallback} is then true), with the way around it.
 */
public record PageView(
        CourseOutline course,
        ModuleOutline module,
        PageOutline page,
        Language shownIn,
        boolean fallback,
        String title,
        String html,
        Set<Long> readPageIds,
        @Nullable PageAddress previous,
        @Nullable PageAddress next) {

    public PageAddress address() {
        return new PageAddress(course.key(), module.key(), page.key());
    }
}
