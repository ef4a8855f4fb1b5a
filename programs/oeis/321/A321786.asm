; A321786: Decimal expansion of wavelength of the red line of cadmium in dry air at 15 degrees Celsius and 760 mmHg under a gravity of 9.8067 m/sec^2 in angstrom, which defined the angstrom unit until 1960.
; 6,4,3,8,4,6,9,6

#offset -6

add $0,6
sub $0,3
add $0,1
sub $0,1
add $0,2
add $2,2
sub $2,-2
mov $1,$0
mul $2,$1
sub $1,1
bin $2,$1
mul $0,-1
sub $0,-1
mul $0,2
add $0,$2
sub $0,1
add $0,3
mod $0,10
