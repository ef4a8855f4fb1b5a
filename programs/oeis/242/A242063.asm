; A242063: Analog clock times where the minute hand is on the hour hand (in hhmm format).
; 0,105,211,316,422,527,633,738,844,949,1055

#offset 1

sub $0,1
mov $1,3
lpb $1
  mov $2,$0
  add $2,$3
  sub $1,1
  mov $3,$2
  add $2,$0
  mul $0,10
lpe
mov $0,$2
div $0,2
