; A352227: Number of length-n blocks in the Thue-Morse sequence with intertwining pattern AB AB AB... .
; 0,2,2,4,4,6,8,8,8,10,12,14,16,16,16,16,16,18,20,22,24,26,28,30,32,32,32,32,32,32,32,32,32,34,36,38,40,42,44,46,48,50,52,54,56,58,60,62,64,64,64,64,64,64,64,64,64,64,64,64,64,64,64,64,64,66,68

#offset 1

sub $0,2
mov $1,$0
lpb $1
  sub $1,1
lpe
mov $2,$0
mov $0,1
lpb $2
  sub $2,$0
  mov $3,$0
  add $0,$3
  min $3,$2
  add $1,$3
lpe
mov $0,$1
add $0,1
mul $0,2
