"""Writers (the output edge): Turtle, the HTML page, exports, and publishing a build."""
