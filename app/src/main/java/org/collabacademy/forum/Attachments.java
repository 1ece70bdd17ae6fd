package org.collabacademy.forum;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.collabacademy.base.InvalidInput;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Images attached to posts. The server decides what a file is by its content, never by its name: it must
 * decode as PNG, JPEG or GIF, at most {@value #MAX_BYTES} bytes and {@value #MAX_SIDE} pixels a side (checked
 * before decoding, so a tiny file that unpacks into gigapixels is refused). The stored image is re-encoded,
 * which drops metadata (such as a photo's location) and anything hidden after the pixels.
 */
@Service
@Transactional
public class Attachments {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_SIDE = 4000;
    private static final Set<String> FORMATS = Set.of("png", "jpeg", "gif");

    /** An attachment as served. */
    public record Image(String contentType, byte[] bytes) {
    }

    private final AttachmentRepository attachments;
    private final Access access;
    private final Profiles profiles;
    private final Clock clock;

    Attachments(AttachmentRepository attachments, Access access, Profiles profiles, Clock clock) {
        this.attachments = attachments;
        this.access = access;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** Stores an image for posts in a place and returns the Markdown that shows it. */
    @PreAuthorize("isAuthenticated()")
    public String upload(String placeKey, String fileName, byte[] bytes) {
        Place place = access.place(placeKey);
        access.requirePost(place);
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInput("image", "forum.image-too-big", MAX_BYTES / (1024 * 1024));
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = input == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new InvalidInput("image", "forum.image-type");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!FORMATS.contains(format)) {
                    throw new InvalidInput("image", "forum.image-type");
                }
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE || height > MAX_SIDE || width < 1 || height < 1) {
                    throw new InvalidInput("image", "forum.image-size", MAX_SIDE);
                }
                BufferedImage image = reader.read(0);
                boolean photo = format.equals("jpeg");
                ByteArrayOutputStream clean = new ByteArrayOutputStream();
                ImageIO.write(photo ? opaque(image) : image, photo ? "jpeg" : "png", clean);
                Attachment saved = attachments.save(new Attachment(place.id(), profiles.me().userId(), photo ? "image/jpeg" : "image/png",
                        width, height, clean.toByteArray(), clock.instant()));
                String alt = fileName.replaceAll("[\\[\\]\\\\\\r\\n]", "").replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
                return "![" + (alt.isBlank() ? "image" : alt.substring(0, Math.min(80, alt.length()))) + "](/forum/attachments/" + saved.id() + ")";
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInput invalid) {
                throw invalid;
            }
            throw new InvalidInput("image", "forum.image-type");
        }
    }

    /** An attachment for a reader of its place; empty for anyone else (and for unknown ids). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Image> image(long id) {
        return attachments.findById(id).filter(a -> access.canRead(access.place(a.placeId()))).map(a -> new Image(a.contentType(), a.data()));
    }

    private static BufferedImage opaque(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
        g.dispose();
        return rgb;
    }
}
