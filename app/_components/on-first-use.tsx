'use client';

import {
  type ComponentType,
  Suspense,
  use,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { type EarlyInput, holdEarlyInput, replay, typeValues } from './early-input';

/** A promise as React's `use` reads it: once settled, a render takes the value without suspending. */
type Settled<T> = Promise<T> & { status?: 'fulfilled'; value?: T };

function settled<T>(promise: Promise<T>): Settled<T> {
  const marked = promise as Settled<T>;
  marked.then(
    (value) => {
      marked.status = 'fulfilled';
      marked.value = value;
    },
    () => {},
  );
  return marked;
}

const subscribeNever = () => () => {};

/** One form on the page: its wrapper element, whether its code runs yet, and what came before it did. */
interface Instance extends EarlyInput {
  root: HTMLDivElement | null;
  /** Stops listening for early input: once live, the form's own handlers take every event. */
  stopHolding: () => void;
}

/** A form's code: fetched once for every instance of the form on the page. */
interface Loader<P> {
  /** Fetches it now (a client-side render, or an instance already used). */
  start: () => Settled<ComponentType<P>>;
  /** Settles once an instance is used and the code has arrived: what a form hydrating from server HTML waits for. */
  used: Promise<ComponentType<P>>;
  /** An instance is used: fetch the code (again, if the last try failed). */
  release: () => void;
}

/**
 * A form component whose code (react-hook-form and the form's own logic) is fetched when someone first uses
 * it, not with the page. The server renders the form as always, so it is on screen at once; in the browser it
 * stays that HTML until a focus, tap or key inside it, then its module loads and React hydrates it in place.
 * What was done meanwhile is carried over: values typed are put back after the form's code has set its
 * defaults, and a tap on a button or a submit is held and replayed once the form is live. Rendered by a
 * client-side navigation (no server HTML to show), it loads at once.
 *
 * Called once per form at module level, as React.lazy is; `load` must be a dynamic import, so that the bundler
 * gives the form a chunk of its own.
 */
export function onFirstUse<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Settled<ComponentType<P>> | undefined;
  const start = () => {
    if (!loading) {
      loading = settled(load());
      // A failed fetch (offline) is retried by the next render that asks, not remembered.
      loading.catch(() => {
        loading = undefined;
      });
    }
    return loading;
  };
  let release = () => {};
  // Never rejects: a fetch that fails (offline at the first tap) waits for the next use and tries again, the
  // form meanwhile still the server's HTML and its input still held.
  const whenUsed = (): Promise<ComponentType<P>> =>
    new Promise<void>((resolve) => {
      release = resolve;
    })
      .then(start)
      .catch(whenUsed);
  const loader: Loader<P> = { start, used: whenUsed(), release: () => release() };
  return (props: P) => <FirstUse loader={loader} props={props} />;
}

function FirstUse<P extends object>({ loader, props }: { loader: Loader<P>; props: P }) {
  // False on the server and while hydrating: there is server HTML to show while the code waits.
  const clientRender = useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
  const [instance] = useState<Instance & { firstProps: P }>(() => ({
    root: null,
    live: clientRender || typeof window === 'undefined',
    typed: [],
    held: [],
    stopHolding: () => {},
    firstProps: props,
  }));
  // New props (a refresh after someone's save) must reach the form, which needs its code: React holds the
  // update until the boundary has hydrated, so the code is fetched now rather than at the first tap.
  if (!instance.live && props !== instance.firstProps) loader.release();
  // The same element while nothing changes: the wrapper re-renders alone once hydrated (the switch from the
  // server's snapshot to the client's), and a boundary still waiting to hydrate that is handed new children
  // gives up its server HTML for the fallback.
  const body = useMemo(
    () => (
      <Suspense fallback={null}>
        <Live loader={loader} props={props} instance={instance} />
      </Suspense>
    ),
    [loader, props, instance],
  );
  useEffect(() => {
    if (instance.live || !instance.root) return;
    instance.stopHolding = holdEarlyInput(instance.root, instance, loader.release);
    return () => instance.stopHolding();
  }, [instance, loader]);
  return (
    <div
      ref={(element) => {
        instance.root = element;
        if (instance.live) element?.setAttribute('data-live', '');
      }}
      className="contents"
    >
      {body}
    </div>
  );
}

function Live<P extends object>({
  loader,
  props,
  instance,
}: {
  loader: Loader<P>;
  props: P;
  instance: Instance;
}) {
  const Form = use(instance.live ? loader.start() : loader.used);
  return (
    <>
      <Form {...props} />
      <AfterFormCode instance={instance} />
    </>
  );
}

// A layout effect runs after the form's own refs (where react-hook-form writes its defaults into the fields):
// what was typed before is put back here, before the browser paints or handles another key.
function AfterFormCode({ instance }: { instance: Instance }) {
  useLayoutEffect(() => {
    // For whoever must wait for the live form (an end-to-end test) rather than race its hydration.
    instance.root?.setAttribute('data-live', '');
    if (instance.live) return;
    instance.live = true;
    instance.stopHolding();
    if (instance.root) typeValues(instance.typed, instance.root);
    instance.typed = [];
  }, [instance]);
  useEffect(() => {
    replay(instance.held.splice(0));
  }, [instance]);
  return null;
}
