; A374013: n-queens completion threshold. The maximum number such that placing a(n) or fewer mutually non-attacking queens on an n X n chessboard is always completeable to a full n-queen configuration.
; Formula: a(n) = truncate(((n-1)*lodadif(2,n-4)+1)/9)
; 0,1,0,1,1,1,2,2,2,2,3,3,3,3,3,4,4

#offset 4

sub $0,4
mov $1,$0
add $0,3
mov $2,2
dif $2,$1
mul $0,$2
add $0,1
div $0,9
