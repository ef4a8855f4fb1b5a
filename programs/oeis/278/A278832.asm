; A278832: Maximal material difference at the end of the n-th ply of a chess game.
; Formula: a(n) = truncate((n-1)/2)*(lodadif(-2,truncate((n-1)/2))+4+truncate((n-1)/2))
; 0,0,3,3,10,10,15,15,24,24

#offset 1

sub $0,1
div $0,2
mov $1,-2
dif $1,$0
add $1,4
add $1,$0
mul $0,$1
