; A225553: Longest checkmate in king and amazon versus king endgame on an n X n chessboard.
; Formula: a(n) = truncate((truncate((n-2+lodanrt(5*((n-2)*(n-2)),n-2))/2)+(0-(n-2))-2)/-1)
; 0,1,2,3,4,4,5,5,6,7,7,8,8,9,9,10,10,11,11,12,12,13,13,14,14,15,15,16,16,17,17,18,18,19,19,20,20,21

#offset 3

sub $0,2
sub $1,$0
mov $2,$0
mul $2,$0
mul $2,5
nrt $2,$0
add $0,$2
div $0,2
add $0,$1
sub $0,2
div $0,-1
