import ManuscriptCore

// The core's Figure, under a name that does not clash with HTML's <figure> in this module's code.
typealias ManuscriptFigure = ManuscriptCore.Figure
