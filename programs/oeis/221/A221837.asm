; A221837: Number of integer Heron triangles of height n such that the angles adjacent to the base are not right.
; 0,0,1,1,1,1,1,4,4,1,1,16,1,1,16,9,1,4,1,16,16,1,1,49,4,1,9,16,1,16,1,16,16,1,16,49,1,1,16,49,1,16,1,16,49,1,1,100,4,4,16,16,1,9,16,49,16,1,1,169,1,1,49,25,16,16,1,16,16,16,1,144,1,1,49,16,16,16,1,100

#offset 1

pow $0,2
lpb $0
  sub $1,1
  sub $2,$3
  add $0,$1
  sub $1,1
  mov $3,$1
  gcd $3,$0
  div $3,$1
lpe
mov $0,$2
pow $0,2
