; A099155: Maximum length of a simple path with no chords in the n-dimensional hypercube, also known as snake-in-the-box problem.
; Formula: a(n) = truncate((n-1-lodapow(2,n-1))/4)+lodapow(2,n-1)
; 0,1,2,4,7,13,26,50,98

sub $0,1
mov $1,2
pow $1,$0
sub $0,$1
div $0,4
add $0,$1
