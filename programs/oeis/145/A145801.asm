; A145801: Number of islands of ones fitting in an n X n array with all ones connected only either two adjacent vertically or two adjacent horizontally.
; Formula: a(n) = floor((floor(6*n/4)*floor(6*n/4)+8)/9)-(n-1==0)
; 0,1,2,4,6,9,12,16,19,25,29,36

#offset 1

sub $0,1
mov $1,$0
add $0,1
mul $0,6
div $0,4
mul $0,$0
add $0,8
div $0,9
equ $1,0
mul $1,-1
add $0,$1
