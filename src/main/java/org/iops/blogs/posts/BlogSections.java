package org.iops.blogs.posts;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.iops.blogs.posts.BlogViews.PostList;
import org.iops.blogs.posts.BlogViews.PostSummary;
import org.iops.pages.HomeFeature;
import org.iops.units.UnitId;
import org.iops.units.UnitSection;
import org.iops.units.UnitSectionContext;
import org.iops.units.UnitStatus;
import org.iops.web.PageContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The blogs' two sections on every unit's page: "Featured" first (the posts its admins chose, promoted ones saying
 * where from), and "Blog", the unit's latest posts this reader may see, with a link to the whole blog; and the
 * blogs' card on the home page.
 */
@Configuration(proxyBeanMethods = false)
class BlogSections {

    static final int LATEST = 5;

    /** The home page's "How it works" tells visitors that members write here. */
    @Bean
    HomeFeature blogsOnTheHomePage() {
        return new HomeFeature(35, "blogs.home.title", "blogs.home.text");
    }

    @Bean
    UnitSection blogSection(PostReader reader, TemplateEngine templates) {
        return new Section("blog", 150) {
            @Override
            public Content render(UnitSectionContext context) {
                PageContext page = context.page();
                String path = context.unit().path() + "/blog";
                PostList list = reader.ofUnit(context.reader(), context.unit().id(), null, null, LATEST, path,
                        page.locale());
                return output -> templates.render("blogs/unitSection.jte", Map.of("page", page, "posts", list.posts(),
                        "blogPath", path, "unitName", context.unit().displayName(page.locale()),
                        "writable", context.readerBelongs()), output);
            }
        };
    }

    @Bean
    UnitSection featuredSection(Featuring featuring, PostRepository posts, PostReader reader, TemplateEngine templates) {
        return new Section("featured", 10) {
            @Override
            public Content render(UnitSectionContext context) {
                PageContext page = context.page();
                UnitId unit = context.unit().id();
                List<UUID> ids = featuring.featured(unit);
                Map<UUID, Post> byId = posts.findAll(ids).stream()
                        .collect(Collectors.toMap(Post::id, Function.identity()));
                List<Post> shown = ids.stream().map(byId::get).filter(java.util.Objects::nonNull)
                        .filter(post -> reader.maySee(context.reader(), post)).toList();
                boolean admin = featuring.mayFeature(context.reader(), unit);
                if (shown.isEmpty() && !admin) {
                    return output -> { };
                }
                List<PostSummary> summaries = reader.summaries(shown, page.locale());
                return output -> templates.render("blogs/featuredSection.jte", Map.of("page", page,
                        "posts", summaries, "unitPath", context.unit().path(),
                        "unitId", unit.value().toString(), "admin", admin), output);
            }
        };
    }

    /** A section on every unit's page but a merged chapter's, which only says where it went. */
    private abstract static class Section implements UnitSection {

        private final String id;
        private final int order;

        Section(String id, int order) {
            this.id = id;
            this.order = order;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public int order() {
            return order;
        }

        @Override
        public boolean appliesTo(UnitSectionContext context) {
            return context.unit().status() != UnitStatus.MERGED;
        }
    }
}
