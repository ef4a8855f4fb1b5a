; A037490: Base 5 digits are, in order, the first n terms of the periodic sequence with initial period 2,1.
; 2,11,57,286,1432,7161,35807,179036,895182,4475911,22379557,111897786,559488932,2797444661,13987223307,69936116536,349680582682,1748402913411,8742014567057,43710072835286,218550364176432,1092751820882161

#offset 1

sub $0,1
add $0,1
mov $3,$0
add $1,5
add $2,$1
add $1,$1
add $2,$1
mov $0,$2
sub $0,2
div $0,5
lpb $3
  sub $3,1
  mul $0,4
  add $0,3
  mul $0,5
  div $0,4
lpe
div $0,3
add $0,1
sub $0,5
div $0,2
add $0,2
