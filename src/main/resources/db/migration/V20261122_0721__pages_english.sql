-- The public pages in English, as installed with the platform. Admins edit them from /admin/pages; every
-- edit is a new revision, so this first text stays in the history.

INSERT INTO content_page_text (slug, language, title, body, version, updated_at) VALUES
('vision', 'en', 'Our vision', $md$We want a society in which the people who do the work, and the people who live with its consequences, make the decisions about it. Not a society run by owners, managers or party officials on everyone else's behalf, but one where every person has a say in a decision in proportion to how much it affects them. We call it a *participatory society*.

Such a society does not ask anyone to be a saint. It asks that its institutions stop rewarding the opposite. Today a small number of people own and control most of what everyone needs, a somewhat larger group monopolizes the interesting and empowering work, and most people take orders. Men still hold power over women, some ethnic and national groups over others, and states over the people they claim to serve. These hierarchies are not accidents of personality. They are built into how work, politics, culture and family life are organized, and they can be organized differently.

## What we hope for

- **Self-management.** People decide together, in workplaces, neighbourhoods and assemblies, about the matters that affect them, and have the information and the time to do it well.
- **Equity.** Income follows effort, sacrifice and need, not property, bargaining power or luck. Nobody lives off the work of others.
- **Solidarity.** Institutions make it easier to care about one another, not harder; co-operation pays better than competition.
- **Diversity.** Many ways of living, believing and working are possible, and no culture is forced to give way to another.
- **Balanced work.** Every job combines routine tasks with empowering ones, so that no group becomes the permanent order-givers and no group the permanent order-takers.
- **Care for the planet.** The earth is shared with generations not yet born; economic choices count their ecological cost.

## A sketch, not a blueprint

We do not claim to know every detail of a good society, and we distrust anyone who does. The people who live in it will shape it. What we share is a set of core features that make such a society possible and that let us recognize whether we are getting closer to it.

Vision matters now, not only later. It tells us what is wrong with the present, helps us choose demands and projects that lead where we want to go, and answers the question every organizer hears: *"Fine, but what do you actually want instead?"*$md$, 1, now()),
('mission', 'en', 'Our mission', $md$IOPS exists to help build a participatory society, and to be, already today, a small example of one. We try to do both at once, because an organization that wants self-management in the world but is run from the top will sooner or later become the thing it set out to replace.

## What we do

**We organize where people live.** The basic unit of IOPS is the local chapter: people in the same town, part of a city, campus or online group who meet, talk, and act together. Chapters choose their own campaigns, whether that is supporting a strike, opening a food co-operative, defending tenants or running a study group.

**We connect the local to the global.** Chapters federate into national branches and one international organization. A chapter in a small town can learn from one on another continent, ask for help, and join campaigns far bigger than itself.

**We win improvements now, without losing sight of the goal.** Higher wages, affordable housing and fair treatment matter to people's lives today. We fight for them in ways that build people's confidence and their capacity to decide for themselves, rather than making them depend on leaders.

**We study and we share.** Members read, write and discuss together, so that the organization's ideas are everyone's, argued over and improved, rather than the property of a few.

## How we work

Decisions are taken as close as possible to the people they concern. A chapter decides its own affairs; a question for a whole country goes to the members of that branch; a question for everyone goes to everyone. Proposals have a debate period and a deadline, votes are counted openly, and results are recorded so that decisions do not quietly fade away.

Roles such as chapter admin or treasurer are held by ordinary members for a limited term. They carry duties rather than privileges, and others can take them on in turn.$md$, 1, now()),
('commitments', 'en', 'Our commitments', $md$These commitments describe the kind of organization IOPS means to be. They are interim: the members will review and adopt their own version at a founding convention. Until then they are the common ground on which we build.

## 1. Self-managed from the bottom up

Members hold the power in IOPS. Chapters run their own affairs within the commitments below. Branches and the international coordinate and support; they do not command. Anyone holding a role answers to the members who gave it and can be replaced by them.

## 2. Open and accountable

Proposals, decisions, results and accounts are visible to the members they concern. Every change of role is recorded. When a vote is taken, abstentions and those who did not reply are counted separately, so everyone can see how much support a decision really has.

## 3. Balanced in gender and representative of where we are

We aim for at least as many women as men in every chapter and in every role, and for a membership that looks like the communities we organize in. We keep count honestly and make recruitment choices that move us towards these goals.

## 4. Against every hierarchy, including our own

We oppose class rule, sexism, racism, authoritarianism and the destruction of the environment, and we watch for them inside the organization too. Nobody monopolizes the interesting or influential work: tasks rotate, skills are shared, and newcomers are welcomed into real responsibility.

## 5. Safe to take part in

Members can use a pseudonym and decide who sees their city, their real name, their biography and their email address. In some countries taking part in political organizing is dangerous; the organization must never be what exposes someone. Harassment, threats and advertising are removed, and complaints go first to the admins of the chapter or branch, then to the international.

## 6. Funded fairly

Joining is free. Members are asked for dues on a sliding scale that each person sets according to what they can afford, and nobody is excluded for paying nothing. Part of the money goes where local organizing has least, rather than staying where members are richest.

## 7. Plural and patient

We do not ask members to agree on everything. Disagreement, argued in good faith, is how an organization learns. We prefer to take a little longer and bring people with us than to win a vote and lose the people who lost it.$md$, 1, now()),
('history', 'en', 'Our history', $md$## An idea put to a poll

IOPS began with a question rather than a founding congress. In 2011 an online poll asked activists what they would want from a new international organization: its aims, its structure, how it would make decisions. Several thousand people answered, and the great majority said they would join such an organization, either at once or as soon as they were confident it was serious.

## An interim committee

Those who were keenest took the poll's answers as a starting point. They asked writers and organizers from many countries to form an *interim consultative committee*. Its job was deliberately narrow: make the few choices that could not wait, and leave everything else to the members once there were enough of them to decide. The committee worked by email across time zones. A proposal counted as accepted only when an overwhelming share of those replying supported it; anything contested was to go to the members.

Its first choices were practical. The organization needed a name, and "International Organization for a Participatory Society" was chosen, shortened to IOPS, on the understanding that the founding convention could change it. It also needed a place to meet, so money was raised for a website where people could join, find each other and start working.

## Growing, and learning

The website opened in early 2012. Within months, thousands of people in more than eighty countries had joined. Chapters formed in cities on several continents; some met regularly and ran their own campaigns, others never got beyond a first meeting. Members argued about strategy, vision and the interim phase itself, and set by poll the conditions for a founding convention: a minimum number of chapters, chapters in several countries on several continents, and a fair balance of women and men in each.

The early years taught lessons that shaped this platform. Activity that happened in meeting rooms was invisible online, so the organization looked quieter than it was. Many members did not want their city shown to the world. Decisions without a firm deadline tended to fizzle out. Members wanted to see, at a glance, how close the organization was to its own goals.

## This platform

The site you are reading was rebuilt to answer those lessons. Joining places you in your branch and chapter automatically. You choose who sees what about you. Figures on the home page show how the organization is growing. Proposals and polls have deadlines and recorded results. The history of the organization is still being written, and from here on its members write it.$md$, 1, now()),
('questions', 'en', 'Questions and answers', $md$Answers to what people most often ask before and just after joining. If your question is not here, ask in your chapter or write to the admins of your branch.

## What is a chapter?

A chapter is the local group of IOPS: the members of one town or city, one part of a large city, one campus, or an online group that is not tied to a place. It is where people meet face to face, get to know each other and act together. Each chapter runs its own affairs, chooses its own projects and has admins elected or agreed on by its members for a limited term.

## What happens if there is no chapter in my city?

You start one just by joining. When you give your town on the join form and no chapter exists there yet, the platform creates a *provisional* chapter and makes you its first member. As others from your town join, they land in the same chapter. Once its members have met and agree to form a chapter, an admin marks it as founded, and it becomes *active*. Until then, you are still a full member of your national branch and of the international.

## Do I have to meet people in person?

No, although it is where most of the real work happens. Some members take part only online, for example through an online chapter, discussions and votes. Others cannot meet safely where they live. Everyone is welcome to contribute in whatever way their life allows.

## How are decisions made?

As close as possible to the people affected. A chapter decides its own matters; a branch decides matters for its country; questions for the whole organization go to all members. A decision starts as a proposal with a debate period and a deadline, and is then voted on by the members of the unit concerned. Results show support, opposition, abstentions and those who did not vote. Until the founding convention, an interim committee makes the few decisions that cannot wait, and only with overwhelming agreement among its members.

## Can I use a pseudonym?

Yes. Your display name is what other members see, and it does not have to be your legal name. You may add your real name privately, and decide who can see it. We ask only that you do not pretend to be another real person.

## Who can see my city?

By default, only the members of your own chapter. You can widen that to all members or to everyone, or narrow it to the admins only. The same choice exists for your neighbourhood, real name, biography and email address, and you can hide your membership from member lists altogether. Public pages show how many members there are, never their names unless they have chosen to be listed.

## Do I have to pay dues?

No. Joining is free, and nobody loses their membership for not paying. Members who can afford it are asked to contribute on a sliding scale they set themselves. Dues and donations pay for running the organization, and part goes to chapters where money is scarcest.

## I do not agree with everything on these pages. Can I still join?

Yes, if you share the broad aims: a society without class rule, sexism, racism or authoritarianism, run by the people who live in it. Members disagree about a great deal, and the commitments themselves will be reviewed by the members at the founding convention. What we ask is that you argue in good faith and respect the decisions the members take.

## What does the organization do with my data?

It uses your data to run your membership: to place you in your branch and chapter, to send you the emails you have asked for, and to show your profile as far as you allow. It is never sold or shared with anyone outside the organization. You can download everything the platform holds about you, and delete your account at any time; your public posts then remain, attributed to "former member".

## How can I help beyond my chapter?

Translate a page, welcome new members, join a campaign another chapter has started, take on a role for a term, or bring a proposal to your branch. The organization is what its members make it.$md$, 1, now());

INSERT INTO content_page_revision (slug, language, version, title, body, note, created_at)
SELECT slug, language, version, title, body, 'First version, installed with the platform.', updated_at
FROM content_page_text WHERE language = 'en';
