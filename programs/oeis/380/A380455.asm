; A380455: Maximum number of prime polyomino factors of an n-polyomino.
; Formula: a(n) = truncate(min(3*A152271(max(n-3,0)),10)/2)
; 1,1,1,1,3,1,4,1,5,1,5,1

#offset 2

sub $0,3
max $0,0
seq $0,152271
mul $0,3
min $0,10
div $0,2
