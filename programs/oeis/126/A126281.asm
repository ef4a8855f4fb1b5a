; A126281: a(n) is the least m to satisfy the requirements of A052130.
; Formula: a(n) = -(floor((max(n-2,0)+2+max(n-2,0))/7)-(max(n-2,0)+(max(n-2,0)+2+max(n-2,0))))-(n-1==0)
; 1,2,5,8,10,13,16,18,21,24,27,29,32,35,37,40,43,46,48,51,54,56,59,62,65,67,70,73

#offset 1

sub $0,1
mov $1,$0
sub $0,1
max $0,0
mov $2,$0
add $0,2
add $0,$2
add $2,$0
div $0,7
sub $0,$2
mul $0,-1
equ $1,0
mul $1,-1
add $0,$1
