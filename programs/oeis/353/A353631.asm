; A353631: Arithmetic derivative of primorial base exp-function, reduced modulo 4, computed for odd numbers.
; 1,1,1,3,3,3,1,1,1,3,3,3,1,1,1,1,1,1,3,3,3,1,1,1,3,3,3,1,1,1,1,1,1,3,3,3,1,1,1,3,3,3,1,1,1,1,1,1,3,3,3,1,1,1,3,3,3,1,1,1,1,1,1,3,3,3,1,1,1,3,3,3,1,1,1,1,1,1,3,3

div $0,3
mod $0,5
mod $0,2
mul $0,2
add $0,1
