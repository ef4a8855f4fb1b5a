; A037699: Base 8 digits are, in order, the first n terms of the periodic sequence with initial period 1,2,3,0.
; Formula: a(n) = c(n), b(n) = (b(n-1)+1)%4, c(n) = 8*c(n-1)+(b(n-1)+1)%4, b(0) = 0, c(0) = 0
; 1,10,83,664,5313,42506,340051,2720408,21763265,174106122,1392848979,11142791832,89142334657,713138677258,5705109418067,45640875344536,365127002756289,2921016022050314

#offset 1

lpb $0
  add $1,1
  mul $2,8
  mod $1,4
  sub $0,1
  add $2,$1
lpe
mov $0,$2
