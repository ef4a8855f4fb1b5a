; A336288: Numbers of squares formed by this procedure on n-th step: Step 1, draw a unit square. Step n, draw a unit square with center in every intersection of lines of the figure in step n-1.
; 1,10,43,116,245,446,735,1128,1641,2290,3091,4060,5213,6566,8135,9936,11985,14298,16891,19780,22981,26510,30383,34616,39225,44226,49635,55468,61741,68470,75671,83360,91553,100266,109515,119316,129685,140638,152191,164360,177161

#offset 1

sub $0,1
add $0,1
mov $4,$0
sub $0,1
add $0,1
add $0,1
mov $2,$0
sub $2,1
lpb $2
  sub $2,1
  add $3,$0
  sub $0,1
  sub $1,$3
  add $3,-3
  add $3,$2
lpe
mov $0,$1
mul $0,-2
div $0,2
sub $0,2
mul $0,4
add $0,8
mov $5,$4
mul $5,-7
add $0,$5
