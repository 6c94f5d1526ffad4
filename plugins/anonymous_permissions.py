"""Answer an anonymous visitor's permission checks from memory.

Every page asks, for its visitor, whether they may view the instance, the
database, each table it shows or links to, run SQL, and so on: about fifty
checks a page here, each through every plugin's permission hook, about a
third of the CPU a page costs. For a visitor who is not signed in, the
answer depends only on the metadata and the plugins, which do not change
while the server runs (no --reload), so each answer is kept once computed.
Signed-in actors are checked every time, as before.

Pinned to datasette==0.65.5 (requirements.txt): it wraps
`Datasette.permission_allowed`. Answers kept here are not listed again on
the /-/permissions debug page.
"""

from datasette import hookimpl

MAX_ANSWERS = 10_000  # resources come from URLs: bound what a crawler can fill


@hookimpl
def startup(datasette):
    original = datasette.permission_allowed
    if getattr(original, "anonymous_answers", None) is not None:
        return
    answers = {}

    async def permission_allowed(actor, action, resource=None, default=False):
        if actor is not None:
            return await original(actor, action, resource, default)
        key = (action, tuple(resource) if isinstance(resource, list) else resource, default)
        try:
            return answers[key]
        except KeyError:
            pass
        except TypeError:  # a resource that cannot be a key
            return await original(actor, action, resource, default)
        answer = await original(None, action, resource, default)
        if len(answers) >= MAX_ANSWERS:
            answers.clear()
        answers[key] = answer
        return answer

    permission_allowed.anonymous_answers = answers
    datasette.permission_allowed = permission_allowed
