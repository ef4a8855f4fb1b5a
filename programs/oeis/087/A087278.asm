; A087278: Nonnegative integers whose distance to the nearest square is not greater than 1.
; 0,1,2,3,4,5,8,9,10,15,16,17,24,25,26,35,36,37,48,49,50,63,64,65,80,81,82,99,100,101,120,121,122,143,144,145,168,169,170,195,196,197,224,225,226,255,256,257,288,289,290,323,324,325,360,361,362,399,400,401

sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,3
sub $2,1
mov $1,$0
sub $0,1
lpb $1
  add $3,$2
  sub $1,1
  lpb $0
    sub $0,1
    sub $2,$3
    div $2,-2
    mov $1,$2
    add $2,-1
    add $3,1
  lpe
lpe
mov $0,$3
sub $0,-1
