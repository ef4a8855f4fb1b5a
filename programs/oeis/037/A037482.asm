; A037482: Base 5 digits are, in order, the first n terms of the periodic sequence with initial period 1,2.
; 1,7,36,182,911,4557,22786,113932,569661,2848307,14241536,71207682,356038411,1780192057,8900960286,44504801432,222524007161,1112620035807,5563100179036,27815500895182,139077504475911,695387522379557

#offset 1

sub $0,1
add $0,1
lpb $0
  mov $2,-1
  add $2,$3
  sub $0,1
  add $2,$3
  add $2,$2
  mov $1,$2
  mov $2,3
  sub $2,$1
  sub $3,$2
  add $2,$3
  add $2,$3
  add $2,$3
lpe
sub $2,$1
mov $0,$2
div $0,3
mul $0,2
add $0,5
sub $0,1
div $0,-4
add $0,1
