; A321786: Decimal expansion of wavelength of the red line of cadmium in dry air at 15 degrees Celsius and 760 mmHg under a gravity of 9.8067 m/sec^2 in angstrom, which defined the angstrom unit until 1960.
; Formula: a(n) = sqrtnint(93*lodapow(9999,n+6),4)%10+3
; 6,4,3,8,4,6,9,6

#offset -6

add $0,6
mov $1,9999
pow $1,$0
mov $0,$1
mul $0,93
nrt $0,4
mod $0,10
add $0,3
