package org.iops.blogs.posts;

/** What a translator sends: the language, and the post's title and text in it. */
public class TranslationForm extends TextForm {
}
