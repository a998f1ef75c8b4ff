// What the background tells a portal tab's top frame (zod-free: the guide in the page imports it).

/** A blade frame of the tab now shows a step: the top frame's words about it go. */
export const OTHER_FRAME_SHOWN = 'guide.otherFrameShown';
