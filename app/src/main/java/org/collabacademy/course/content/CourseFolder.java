package org.collabacademy.course.content;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.collabacademy.base.Language;
import org.collabacademy.course.content.CourseContent.ContentFile;
import org.collabacademy.course.content.CourseContent.ModuleContent;
import org.collabacademy.course.content.CourseContent.PageContent;
import org.collabacademy.course.content.CourseContent.PageText;
import org.collabacademy.course.content.PageReader.CourseIndex;
import org.collabacademy.course.content.PageReader.ModuleIndex;
import org.collabacademy.course.content.QuizDefinition;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads and checks one course folder: its manifest, its modules' manifests and every page. */
public final class CourseFolder {

    static final Set<String> COURSE_KEYS = Set.of("id", "title", "summary", "default-language", "languages", "topics", "modules", "trainers", "certificate");
    static final Set<String> MODULE_KEYS = Set.of("id", "title", "summary", "objectives", "estimated-minutes", "pages",
            "quiz", "self-assessments");
    static final Set<String> PAGE_KEYS = Set.of("page", "required");

    private final String name;
    private final Function<Problems, CourseFiles> source;

    CourseFolder(Path root, Path folder) {
        this.name = folder.getFileName().toString();
        this.source = problems -> CourseFiles.read(root, folder, problems);
    }

    private CourseFolder(String name, Map<String, byte[]> files) {
        this.name = name;
        this.source = problems -> CourseFiles.of(name, files, problems);
    }

    /**
     * A course folder held in memory (a draft edited in the app, an uploaded zip): read with the same
     * limits, checks and messages as a folder on disk.
     */
    public static CourseFolder inMemory(String name, Map<String, byte[]> files) {
        return new CourseFolder(name, files);
    }

    public String name() {
        return name;
    }

    /** The fingerprint the importer gives these files: equal fingerprints mean the same course source. */
    public static String fingerprint(Map<String, byte[]> files) {
        return CourseFiles.of("", files, new Problems()).fingerprint();
    }

    /** A page rendered for a trainer's preview, exactly as the reader will show it, with the problems of its file. */
    public record PagePreview(@Nullable PageText text, List<ContentProblem> problems) {
    }

    /**
     * Renders one page ({@code path} relative to the course folder) with links checked against the
     * whole course, without reading the other pages: fast enough to follow a trainer's typing.
     */
    public PagePreview previewPage(String path, Language language) {
        Problems problems = new Problems();
        CourseFiles files = source.apply(problems);
        Optional<YamlMap> manifest = files.bytes("course.yaml")
                .flatMap(bytes -> YamlMap.parse(files.display("course.yaml"), new String(bytes, StandardCharsets.UTF_8), new Problems()));
        String courseId = manifest.flatMap(m -> m.id("id")).map(Located::value).orElse(name);
        List<Located<String>> moduleFolders = manifest.map(m -> m.textList("modules", false)).orElse(List.of());
        Manifests modules = readManifests(moduleFolders, files, new Problems());
        int slash = path.lastIndexOf('/');
        String moduleFolder = slash < 0 ? "" : path.substring(0, slash);
        PageReader pages = new PageReader(files, new CourseIndex(modules.index()), ContentLinks.forDraft(courseId), problems);
        Optional<PageText> text = pages.read(moduleFolder, path, language, true);
        return new PagePreview(text.orElse(null), problems.sorted());
    }

    /**
     * Reads the whole course. {@code links} gives, for the course id and its content fingerprint, where
     * rendered pages should point (the importer uses it to put the content version into file addresses).
     */
    public CourseReading read(BiFunction<String, String, ContentLinks> links) {
        Problems problems = new Problems();
        CourseFiles files = source.apply(problems);
        String manifestFile = files.display("course.yaml");
        Optional<YamlMap> manifest = files.bytes("course.yaml")
                .flatMap(bytes -> YamlMap.parse(manifestFile, new String(bytes, StandardCharsets.UTF_8), problems));
        if (!files.exists("course.yaml")) {
            problems.add(manifestFile, 1, "missing course manifest course.yaml");
        }
        if (manifest.isEmpty()) {
            return new CourseReading(name(), null, files.fingerprint(), problems.sorted(), null, null);
        }
        YamlMap course = manifest.get();
        int courseProblems = problems.count();
        course.allowOnly(COURSE_KEYS);
        String id = course.id("id").map(Located::value).orElse(null);
        Language defaultLanguage = course.language("default-language", true).orElse(null);
        List<Language> languages = languages(course, defaultLanguage, problems);
        Map<Language, String> titles = course.texts("title", true, defaultLanguage);
        Map<Language, String> summaries = course.texts("summary", true, defaultLanguage);
        requireDefault(course, "title", titles, defaultLanguage, problems);
        requireDefault(course, "summary", summaries, defaultLanguage, problems);
        List<String> topics = course.textList("topics", false).stream().map(Located::value).toList();
        List<String> trainers = new ArrayList<>();
        for (Located<String> trainer : course.textList("trainers", false)) {
            if (!trainer.value().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                problems.add(manifestFile, trainer.line(), "trainer '" + trainer.value() + "' is not an e-mail address");
            } else {
                trainers.add(trainer.value().toLowerCase(java.util.Locale.ROOT));
            }
        }
        List<Located<String>> moduleFolders = course.textList("modules", true);
        Language certificateLanguage = defaultLanguage;
        CertificateLayout certificate = course.map("certificate", false)
                .map(map -> certificateLayout(map, files, certificateLanguage, problems)).orElse(CertificateLayout.defaults());
        // a flawed course manifest still lets the modules be checked, so that one run reports everything
        boolean courseManifestSound = problems.count() == courseProblems && id != null && defaultLanguage != null;
        String courseId = id != null ? id : name();
        if (defaultLanguage == null) {
            defaultLanguage = Language.ENGLISH;
        }

        // first pass: every module manifest, so that pages can link across modules
        Manifests manifests = readManifests(moduleFolders, files, problems);
        Map<String, YamlMap> moduleManifests = manifests.byFolder();
        Map<String, List<Located<PageEntry>>> pageEntries = manifests.pageEntries();
        Map<String, ModuleIndex> index = manifests.index();
        Map<String, Integer> problemsBefore = manifests.problemsBefore();

        // second pass: pages, rendered with links that know the content version
        ContentLinks courseLinks = links.apply(courseId, files.fingerprint());
        PageReader pages = new PageReader(files, new CourseIndex(index), courseLinks, problems);
        List<ModuleContent> modules = new ArrayList<>();
        List<ModuleContent> previewModules = new ArrayList<>();
        boolean broken = false;
        for (Located<String> moduleFolder : moduleFolders) {
            YamlMap module = moduleManifests.get(moduleFolder.value());
            ModuleContent content = module == null ? null
                    : readModule(moduleFolder.value(), module, pageEntries.get(moduleFolder.value()), defaultLanguage, languages, files, pages, problems,
                    new QuizReader(files, pages, defaultLanguage, problems));
            broken |= content == null || problems.count() > problemsBefore.get(moduleFolder.value());
            if (content != null) {
                modules.add(content);
                if (!broken) {
                    previewModules.add(content);
                }
            }
        }
        List<ContentFile> contentFiles = files.paths()
                .filter(path -> !path.endsWith(".md") && !path.endsWith(".yaml"))
                .flatMap(path -> CourseFiles.typeOf(path).map(type -> new ContentFile(path, type, files.bytes(path).orElseThrow())).stream())
                .toList();
        CourseContent whole = new CourseContent(courseId, name(), defaultLanguage, languages, topics, List.copyOf(trainers), certificate, titles, summaries,
                List.copyOf(modules), contentFiles, files.all(), files.fingerprint());
        CourseContent preview = !courseManifestSound ? null : new CourseContent(courseId, name(), defaultLanguage, languages, topics, List.copyOf(trainers), certificate, titles, summaries,
                List.copyOf(previewModules), contentFiles, files.all(), files.fingerprint());
        return problems.isEmpty()
                ? new CourseReading(name(), id, files.fingerprint(), List.of(), whole, whole)
                : new CourseReading(name(), id, files.fingerprint(), problems.sorted(), null, preview);
    }

    private record PageEntry(String id, boolean required) {
    }

    private record Manifests(Map<String, YamlMap> byFolder, Map<String, List<Located<PageEntry>>> pageEntries,
                             Map<String, ModuleIndex> index, Map<String, Integer> problemsBefore) {
    }

    private static Manifests readManifests(List<Located<String>> moduleFolders, CourseFiles files, Problems problems) {
        Map<String, YamlMap> moduleManifests = new LinkedHashMap<>();
        Map<String, List<Located<PageEntry>>> pageEntries = new LinkedHashMap<>();
        Map<String, ModuleIndex> index = new LinkedHashMap<>();
        Map<String, Integer> problemsBefore = new LinkedHashMap<>();
        Set<String> moduleIds = new HashSet<>();
        for (Located<String> moduleFolder : moduleFolders) {
            problemsBefore.put(moduleFolder.value(), problems.count());
            String moduleFile = moduleFolder.value() + "/module.yaml";
            if (!files.exists(moduleFile)) {
                problems.add(files.display("course.yaml"), moduleFolder.line(), "module folder '" + moduleFolder.value() + "' does not exist or has no module.yaml");
                continue;
            }
            Optional<YamlMap> module = YamlMap.parse(files.display(moduleFile),
                    new String(files.bytes(moduleFile).orElseThrow(), StandardCharsets.UTF_8), problems);
            if (module.isEmpty()) {
                continue;
            }
            module.get().allowOnly(MODULE_KEYS);
            Optional<Located<String>> moduleId = module.get().id("id");
            moduleId.ifPresent(mid -> {
                if (!moduleIds.add(mid.value())) {
                    problems.add(files.display(moduleFile), mid.line(), "module id '" + mid.value() + "' is used by another module of this course");
                }
            });
            List<Located<PageEntry>> pages = pageEntries(module.get(), problems);
            moduleManifests.put(moduleFolder.value(), module.get());
            pageEntries.put(moduleFolder.value(), pages);
            moduleId.ifPresent(mid -> index.put(moduleFolder.value(),
                    new ModuleIndex(mid.value(), pages.stream().map(p -> p.value().id()).collect(java.util.stream.Collectors.toSet()))));
        }
        return new Manifests(moduleManifests, pageEntries, index, problemsBefore);
    }


    private static CertificateLayout certificateLayout(YamlMap map, CourseFiles files, @Nullable Language defaultLanguage, Problems problems) {
        map.allowOnly(Set.of("issuer", "signer", "signer-title", "color", "logo"));
        String color = map.text("color", false).map(c -> {
            if (!c.value().matches("#[0-9a-fA-F]{6}")) {
                problems.add(map.file(), c.line(), "'color' must look like #1f5f8b");
                return CertificateLayout.DEFAULT_COLOR;
            }
            return c.value();
        }).orElse(CertificateLayout.DEFAULT_COLOR);
        String logo = map.text("logo", false).map(l -> {
            String lower = l.value().toLowerCase(java.util.Locale.ROOT);
            if (!files.exists(l.value())) {
                problems.add(map.file(), l.line(), "logo '" + l.value() + "' does not exist");
            } else if (!(lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg"))) {
                problems.add(map.file(), l.line(), "the logo must be a PNG or JPEG image");
            }
            return l.value();
        }).orElse(null);
        return new CertificateLayout(map.texts("issuer", false, defaultLanguage), map.text("signer", false).map(Located::value).orElse(""),
                map.texts("signer-title", false, defaultLanguage), color, logo);
    }

    private static List<Located<PageEntry>> pageEntries(YamlMap module, Problems problems) {
        List<Located<PageEntry>> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node item : module.sequence("pages", true)) {
            int line = YamlMap.line(item);
            PageEntry entry = null;
            if (item instanceof ScalarNode scalar) {
                entry = new PageEntry(scalar.getValue().strip(), true);
            } else if (item instanceof MappingNode mapping) {
                YamlMap page = YamlMap.of(module.file(), mapping, problems);
                page.allowOnly(PAGE_KEYS);
                String pageId = page.text("page", true).map(Located::value).orElse(null);
                entry = pageId == null ? null : new PageEntry(pageId, page.bool("required").orElse(true));
            } else {
                problems.add(module.file(), line, "each page must be a page id or {page: id, required: true/false}");
            }
            if (entry == null) {
                continue;
            }
            if (!YamlMap.ID.matcher(entry.id()).matches()) {
                problems.add(module.file(), line, "page id '" + entry.id() + "' must use lower-case letters, digits and hyphens");
            } else if (!seen.add(entry.id())) {
                problems.add(module.file(), line, "page '" + entry.id() + "' is listed twice");
            } else {
                entries.add(new Located<>(entry, line));
            }
        }
        if (entries.size() > ContentLimits.PAGES_PER_MODULE) {
            problems.add(module.file(), module.line(), "more than " + ContentLimits.PAGES_PER_MODULE + " pages in one module");
        }
        return entries;
    }

    private static @Nullable ModuleContent readModule(String moduleFolder, YamlMap module, List<Located<PageEntry>> entries,
                                                      Language defaultLanguage, List<Language> languages,
                                                      CourseFiles files, PageReader pageReader, Problems problems, QuizReader quizReader) {
        Optional<Located<String>> id = module.id("id");
        Map<Language, String> titles = module.texts("title", true, defaultLanguage);
        requireDefault(module, "title", titles, defaultLanguage, problems);
        Map<Language, String> summaries = module.texts("summary", false, defaultLanguage);
        Map<Language, List<String>> objectives = module.textLists("objectives");
        Optional<Integer> minutes = module.integer("estimated-minutes", true, 1, 600);
        Map<String, Set<Language>> textsByKey = Map.of("title", titles.keySet(), "summary", summaries.keySet(), "objectives", objectives.keySet());
        textsByKey.forEach((key, used) -> used.stream().filter(l -> !languages.contains(l)).forEach(language ->
                problems.add(module.file(), module.lineOf(key), "'" + key + "' in '" + language.tag() + "', which the course does not list in 'languages'")));
        List<PageContent> pages = new ArrayList<>();
        for (Located<PageEntry> entry : entries) {
            String pageId = entry.value().id();
            String defaultFile = moduleFolder + "/" + pageId + ".md";
            if (!files.exists(defaultFile)) {
                problems.add(module.file(), entry.line(), "page '" + pageId + "' has no file " + pageId + ".md");
                continue;
            }
            Map<Language, PageText> texts = new EnumMap<>(Language.class);
            pageReader.read(moduleFolder, defaultFile, defaultLanguage).ifPresent(text -> texts.put(defaultLanguage, text));
            for (Language language : Language.values()) {
                String translation = moduleFolder + "/" + pageId + "." + language.tag() + ".md";
                if (language == defaultLanguage || !files.exists(translation)) {
                    continue;
                }
                if (!languages.contains(language)) {
                    problems.add(files.display(translation), 1, "translation in '" + language.tag() + "', which the course does not list in 'languages'");
                    continue;
                }
                pageReader.read(moduleFolder, translation, language).ifPresent(text -> texts.put(language, text));
            }
            pages.add(new PageContent(pageId, entry.value().required(), texts));
        }
        reportStrayTranslations(moduleFolder, entries, files, problems);
        QuizDefinition quiz = module.text("quiz", false)
                .flatMap(file -> quizReader.read(moduleFolder, file, module.file(), QuizDefinition.Kind.GRADED)).orElse(null);
        List<QuizDefinition> selfAssessments = new ArrayList<>();
        for (Located<String> file : module.textList("self-assessments", false)) {
            quizReader.read(moduleFolder, file, module.file(), QuizDefinition.Kind.SELF_ASSESSMENT).ifPresent(selfAssessments::add);
        }
        Set<String> quizIds = new HashSet<>();
        for (QuizDefinition each : quiz == null ? selfAssessments : java.util.stream.Stream.concat(java.util.stream.Stream.of(quiz), selfAssessments.stream()).toList()) {
            if (!quizIds.add(each.key())) {
                problems.add(module.file(), module.lineOf("self-assessments"), "quiz id '" + each.key() + "' is used twice in this module");
            }
        }
        if (id.isEmpty() || minutes.isEmpty()) {
            return null;
        }
        return new ModuleContent(id.get().value(), moduleFolder, titles, summaries, objectives, minutes.get(), pages, quiz, List.copyOf(selfAssessments));
    }

    /** A file like {@code page.fr.md} or a translation of an unlisted page is a mistake worth naming. */
    private static void reportStrayTranslations(String moduleFolder, List<Located<PageEntry>> entries, CourseFiles files, Problems problems) {
        Set<String> listed = new HashSet<>();
        entries.forEach(e -> listed.add(e.value().id()));
        files.paths()
                .filter(path -> path.startsWith(moduleFolder + "/") && path.endsWith(".md") && path.indexOf('/', moduleFolder.length() + 1) < 0)
                .forEach(path -> {
                    String name = path.substring(moduleFolder.length() + 1, path.length() - 3);
                    int dot = name.lastIndexOf('.');
                    if (dot > 0) {
                        String tag = name.substring(dot + 1);
                        if (Language.ofTag(tag).isEmpty()) {
                            problems.add(files.display(path), 1, "unsupported language '" + tag + "' (supported: " + YamlMap.supported() + ")");
                        } else if (!listed.contains(name.substring(0, dot))) {
                            problems.add(files.display(path), 1, "translation of page '" + name.substring(0, dot) + "', which module.yaml does not list");
                        }
                    }
                });
    }

    private static List<Language> languages(YamlMap course, @Nullable Language defaultLanguage, Problems problems) {
        List<Language> languages = new ArrayList<>();
        for (Located<String> tag : course.textList("languages", false)) {
            course.language(tag).filter(l -> !languages.contains(l)).ifPresent(languages::add);
        }
        if (defaultLanguage != null && !languages.contains(defaultLanguage)) {
            if (course.has("languages")) {
                problems.add(course.file(), course.lineOf("languages"), "'languages' must include the default language '" + defaultLanguage.tag() + "'");
            }
            languages.addFirst(defaultLanguage);
        }
        return List.copyOf(languages);
    }

    private static void requireDefault(YamlMap map, String key, Map<Language, String> texts, @Nullable Language defaultLanguage, Problems problems) {
        if (defaultLanguage != null && map.has(key) && !texts.isEmpty() && !texts.containsKey(defaultLanguage)) {
            problems.add(map.file(), map.lineOf(key), "'" + key + "' needs a text in the default language '" + defaultLanguage.tag() + "'");
        }
    }

}
