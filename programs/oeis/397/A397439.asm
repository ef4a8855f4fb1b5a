; A397439: Growth function of the reflection group of a three-dimensional orthoscheme with distinct edge lengths.
; 1,4,9,18,36,72,144,288,576,1152,2304,4608,9216,18432,36864,73728,147456,294912,589824,1179648,2359296,4718592,9437184,18874368,37748736,75497472,150994944,301989888,603979776,1207959552,2415919104,4831838208,9663676416

mov $4,$0
sub $0,1
max $0,0
add $0,1
mov $1,$0
bin $0,$3
lpb $1
  add $0,4
  sub $1,1
  mov $3,$0
  mul $3,6
  add $0,$0
lpe
mov $0,$3
div $0,4
add $0,4
sub $0,4
div $0,3
add $0,2
mov $5,$4
equ $5,0
mul $5,-3
add $0,$5
