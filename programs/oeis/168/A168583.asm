; A168583: The number of ways of partitioning the multiset {1,1,2,3,...,n-1} into exactly three nonempty parts.
; 1,4,16,58,196,634,1996,6178,18916,57514,174076,525298,1582036,4758394,14299756,42948418,128943556,387027274,1161475036,3485211538,10457207476,31374768154,94130595916,282404370658,847238277796,2541765165034,7625396158396

#offset 3

sub $0,3
mov $4,$0
sub $0,1
add $0,1
sub $0,1
sub $3,6
mov $1,$0
lpb $1
  sub $1,1
  add $2,$2
  sub $2,$3
  mov $0,$2
  mul $3,3
lpe
sub $0,-6
mul $0,-2
add $0,$3
sub $0,5
div $0,-6
add $0,1
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
sub $0,3
mul $0,3
add $0,1
