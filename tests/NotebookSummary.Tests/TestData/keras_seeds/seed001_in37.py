from keras.layers import Input, Deconvolution2D, Conv2DTranspose
from keras.models import Sequential
from keras.layers.core import Dense, Dropout, Activation
from sklearn.datasets import load_digits
from keras.utils import np_utils
from sklearn.model_selection import train_test_split
import keras
from keras.datasets import mnist
from keras.models import Sequential
from keras.layers import Dense, Dropout, Flatten, Activation
from keras.layers import Convolution2D as Conv2D
from keras.layers import MaxPooling2D
from keras import backend as K


# create DCNN
model = Sequential()

model.add(Deconvolution2D(5, kernel_size=(2,2), activation='relu', input_shape=(40, 110, 1)))
model.add(MaxPooling2D(pool_size=(2, 2)))
model.add(Deconvolution2D(3, kernel_size=(2,2), activation='relu'))
model.add(Flatten())

model.add(Dense(158, activation='relu'))
model.add(Dropout(0.5))
model.add(Dense(num_classes, activation='softmax'))

model.compile(loss=keras.losses.categorical_crossentropy,
              optimizer=keras.optimizers.Adadelta(),
              metrics=['accuracy'])
