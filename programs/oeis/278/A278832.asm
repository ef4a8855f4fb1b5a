; A278832: Maximal material difference at the end of the n-th ply of a chess game.
; 0,0,3,3,10,10,15,15,24,24

#offset 1

sub $0,1
div $0,2
mov $1,-2
dif $1,$0
add $1,4
add $1,$0
mul $0,$1
