package org.collabacademy.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.UUID;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.collabacademy.IntegrationTest;
import org.collabacademy.TestAccounts;
import org.collabacademy.TestBrowser;
import org.collabacademy.base.InvalidInput;
import org.collabacademy.identity.Role;
import org.collabacademy.identity.UserSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Images in posts: judged by content, never by name; bombs and disguised files refused; served only to readers. */
@IntegrationTest
class AttachmentsTest {

    @LocalServerPort int port;
    @Autowired Attachments attachments;
    @Autowired Communities communities;
    @Autowired TestAccounts accounts;

    private String open;
    private String closed;
    private UserSummary member;

    @BeforeEach
    void places() {
        accounts.signIn(accounts.create("attach-admin", Role.ADMIN).email());
        open = communities.createCommunity("Pictures " + UUID.randomUUID().toString().substring(0, 6), "", PlaceCategory.TOPIC, PlaceAccess.OPEN)
                .place().key();
        closed = communities.createCommunity("Hidden " + UUID.randomUUID().toString().substring(0, 6), "", PlaceCategory.TOPIC,
                PlaceAccess.MEMBERS_ONLY).place().key();
        member = accounts.create("photographer");
        accounts.signIn(member.email());
    }

    @AfterEach
    void signOut() {
        accounts.signOut();
    }

    static byte[] png(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    /** A valid PNG header claiming 100,000 × 100,000 pixels, with no pixel data: a decompression bomb's calling card. */
    static byte[] bombHeader() {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(100_000).putInt(100_000).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteBuffer chunk = ByteBuffer.allocate(4 + 13);
        chunk.put("IHDR".getBytes()).put(ihdr.array());
        CRC32 crc = new CRC32();
        crc.update(chunk.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4).put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}).putInt(13)
                .put(chunk.array()).putInt((int) crc.getValue()).array();
    }

    @Test
    void a_real_image_is_stored_re_encoded_and_served_only_to_readers_of_its_place() throws Exception {
        String markdown = attachments.upload(open, "diagram.png", png(40, 30));
        assertThat(markdown).matches("!\\[diagram\\]\\(/forum/attachments/\\d+\\)");
        String path = markdown.substring(markdown.indexOf('(') + 1, markdown.length() - 1);

        TestBrowser browser = new TestBrowser(port);
        assertThat(browser.download(path).statusCode()).as("not for visitors").isEqualTo(302);
        browser.signIn(member.email(), TestAccounts.PASSWORD);
        HttpResponse<byte[]> image = browser.download(path);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");
        assertThat(image.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(image.body())).getWidth()).isEqualTo(40);

        accounts.signIn(accounts.create("closed-admin", Role.ADMIN).email());
        String secret = attachments.upload(closed, "secret.png", png(10, 10));
        String secretPath = secret.substring(secret.indexOf('(') + 1, secret.length() - 1);
        assertThat(browser.download(secretPath).statusCode()).as("members-only image for a non-member").isEqualTo(404);
    }

    @Test
    void disguised_oversized_and_bomb_files_are_refused_by_their_content() throws Exception {
        assertThatThrownBy(() -> attachments.upload(open, "photo.png", "<script>alert(1)</script>".getBytes()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("image: forum.image-type");
        assertThatThrownBy(() -> attachments.upload(open, "logo.svg", "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>".getBytes()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("forum.image-type");
        assertThatThrownBy(() -> attachments.upload(open, "huge.png", bombHeader()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("forum.image-size");
        assertThatThrownBy(() -> attachments.upload(open, "big.png", new byte[Attachments.MAX_BYTES + 1]))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("forum.image-too-big");
        assertThatThrownBy(() -> attachments.upload(closed, "x.png", png(5, 5))).isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
    }
}
