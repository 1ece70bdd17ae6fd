package org.collabacademy.course.content;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Where rendered pages of one course version point to: the reader's pages, and the served files whose
 * address carries the content version (so that browsers can cache them forever).
 */
public record ContentLinks(String courseId, String fileBase) {

    public ContentLinks(String courseId, int version) {
        this(courseId, "/content/" + courseId + "/" + version + "/");
    }

    public String page(String moduleId, String pageId) {
        return "/courses/" + courseId + "/" + moduleId + "/" + pageId;
    }

    public String file(String path) {
        return fileBase + Arrays.stream(path.split("/"))
                .map(part -> URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("/"));
    }

    /** Links for a trainer's preview of a draft, whose files are served to its authors only. */
    public static ContentLinks forDraft(String courseId) {
        return new ContentLinks(courseId, "/authoring/files/" + courseId + "/");
    }

    /** Links for checking only (validate-content), where no version exists yet. */
    public static ContentLinks forValidation(String courseId) {
        return new ContentLinks(courseId, 0);
    }
}
