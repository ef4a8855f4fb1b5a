; A190277: Number of trails between opposite vertices in a triangle strip.
; 1,1,2,4,9,23,62,174,497,1433,4150,12044,34989,101695,295642,859566,2499277,7267081,21130538,61441732,178655937,519483767,1510520966,4392195390,12771343961,37135696841

#offset 1

sub $0,1
lpb $0
  mul $1,2
  add $2,$1
  add $1,$3
  sub $0,1
  add $3,$2
  add $2,$4
  sub $4,$1
  add $2,$1
  sub $1,1
  add $1,$3
  sub $3,$1
  add $1,$3
lpe
mov $0,$4
div $0,-1
add $0,1
